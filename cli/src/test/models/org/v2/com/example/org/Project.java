package com.example.org;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** v2: a new table in a cycle with an existing one (project -> employee -> project). */
@Entity
public class Project {
    @Id
    @GeneratedValue
    Long id;

    @Column(nullable = false, length = 100)
    String code;

    @ManyToOne
    Employee lead;
}
