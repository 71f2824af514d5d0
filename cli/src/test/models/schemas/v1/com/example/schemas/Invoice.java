package com.example.schemas;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(schema = "billing")
public class Invoice {
    @Id
    Long id;

    String number;
}
