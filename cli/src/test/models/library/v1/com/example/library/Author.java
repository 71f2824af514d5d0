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

    @Column(nullable = false, length = 200)
    String name;

    LocalDate born;

    @Column(unique = true, length = 320)
    String email;
}
