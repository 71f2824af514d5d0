package com.example.org;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.ManyToOne;

/** v2: labels are longer and required; desks are gone. */
@Entity
@Inheritance(strategy = InheritanceType.JOINED)
public class Asset {
    @Id
    @GeneratedValue
    Long id;

    @Column(nullable = false, length = 80)
    String label;

    @ManyToOne
    Department owner;
}
