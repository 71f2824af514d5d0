package com.example.coldefclauses;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** Column definitions as Spring/JPA code bases commonly write them: a type followed by column clauses. */
@Entity
public class Gadget {
    @Id
    Long id;

    @Column(columnDefinition = "boolean default false")
    Boolean archived;

    @Column(columnDefinition = "timestamp with time zone default now()")
    Instant createdAt;

    @Column(columnDefinition = "varchar(20) default 'x' not null")
    String label;

    @Column(columnDefinition = "uuid default gen_random_uuid()")
    UUID token;

    @Column(columnDefinition = "varchar(40) collate \"C\"")
    String sortKey;
}
