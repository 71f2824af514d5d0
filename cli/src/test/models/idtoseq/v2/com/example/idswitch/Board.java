package com.example.idswitch;

import jakarta.persistence.*;

// v2 after the identity of idswitch/v2: Hibernate's default sequence, board_seq, hands out the ids
@Entity
public class Board {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    Long id;

    String name;
}
