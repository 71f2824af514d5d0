package com.example.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.time.LocalDate;

@Entity
public class Author {
    @Id
    @GeneratedValue
    Long id;

    // v2: longer names
    @Column(nullable = false, length = 300)
    String name;

    LocalDate born;

    // v2: every author has an e-mail address
    @Column(nullable = false, unique = true, length = 320)
    String email;
}
