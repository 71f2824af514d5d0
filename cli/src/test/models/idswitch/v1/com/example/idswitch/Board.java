package com.example.idswitch;

import jakarta.persistence.*;

@Entity
public class Board {
    @Id
    @SequenceGenerator(name = "board_ids", sequenceName = "board_ids", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "board_ids")
    Long id;

    String name;
}
