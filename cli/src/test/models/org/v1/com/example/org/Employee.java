package com.example.org;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;

@Entity
public class Employee {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "employee_ids")
    @SequenceGenerator(name = "employee_ids", sequenceName = "employee_ids", allocationSize = 10)
    Long id;

    @Column(nullable = false, length = 120)
    String name;

    @ManyToOne
    Department department;

    @ManyToOne
    Employee manager;
}
