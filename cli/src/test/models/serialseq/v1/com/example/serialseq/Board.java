package com.example.serialseq;

import jakarta.persistence.*;

/** The usual mapping of a bigserial key: Hibernate draws ids from the column's own sequence. */
@Entity
public class Board {
    @Id
    @SequenceGenerator(name = "board_ids", sequenceName = "board_id_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "board_ids")
    Long id;

    String name;
}
