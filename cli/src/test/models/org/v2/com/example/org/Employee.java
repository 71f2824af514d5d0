package com.example.org;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;

/** v2: ids are handed out in blocks of 20; employees work on a project. */
@Entity
public class Employee {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "employee_ids")
    @SequenceGenerator(name = "employee_ids", sequenceName = "employee_ids", allocationSize = 20)
    Long id;

    @Column(nullable = false, length = 120)
    String name;

    @ManyToOne
    Department department;

    @ManyToOne
    Employee manager;

    @ManyToOne
    Project project;
}
