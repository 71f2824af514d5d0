package com.example.typemods;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;

@Entity
public class Product {
    @Id
    Long id;

    @Column(length = 100)
    String name;

    @Column(precision = 10, scale = 2)
    BigDecimal price;
}
