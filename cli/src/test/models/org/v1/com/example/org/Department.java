package com.example.org;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** Departments and employees reference each other: a foreign-key cycle. */
@Entity
public class Department {
    @Id
    @GeneratedValue
    Long id;

    @Column(nullable = false, unique = true, length = 100)
    String name;

    @ManyToOne
    Employee head;
}
