package com.example.org;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/** v2: a department loses its head when the employee is deleted. */
@Entity
public class Department {
    @Id
    @GeneratedValue
    Long id;

    @Column(nullable = false, unique = true, length = 100)
    String name;

    @ManyToOne
    @OnDelete(action = OnDeleteAction.SET_NULL)
    Employee head;
}
