package com.example.serialcoldef;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A number the database hands out: a bigserial column next to an identity key. */
@Entity
public class Ticket {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(columnDefinition = "bigserial", insertable = false, updatable = false)
    Long ticketNo;

    String subject;
}
