package com.example.typemods;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;

// v2: no length limit on the name, any precision for the price
@Entity
public class Product {
    @Id
    Long id;

    @Column(columnDefinition = "varchar")
    String name;

    @Column(columnDefinition = "numeric")
    BigDecimal price;
}
