package com.example.org;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;

/**
 * v3: departments, employees and projects are gone, a whole FK cycle dropped at once; assets keep
 * the id of their former owner, without the foreign key.
 */
@Entity
@Inheritance(strategy = InheritanceType.JOINED)
public class Asset {
    @Id
    @GeneratedValue
    Long id;

    @Column(nullable = false, length = 80)
    String label;

    @Column(name = "owner_id")
    Long ownerId;
}
