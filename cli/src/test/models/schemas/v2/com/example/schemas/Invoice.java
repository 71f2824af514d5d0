package com.example.schemas;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

// v2: invoices move to the default schema
@Entity
public class Invoice {
    @Id
    Long id;

    String number;
}
