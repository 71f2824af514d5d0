package com.example.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;

@Entity
public class Loan {
    @Id
    @GeneratedValue
    Long id;

    @ManyToOne(optional = false)
    Book book;

    @ManyToOne(optional = false)
    Member member;

    @Column(nullable = false)
    LocalDate loanedOn;

    LocalDate returnedOn;
}
