package com.example.idswitch;

import jakarta.persistence.*;

// v2: the database generates the ids
@Entity
public class Board {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    String name;
}
