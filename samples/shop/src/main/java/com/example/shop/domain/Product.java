package com.example.shop.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;

/** Something the shop sells. */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(name = "uk_product_sku", columnNames = "sku"),
        indexes = @Index(name = "idx_product_name", columnList = "name"))
public class Product {
    @Id
    @GeneratedValue
    private Long id;

    @Column(nullable = false, length = 40)
    private String sku;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 2000)
    private String description;

    @Column(nullable = false, precision = 10, scale = 2)
    private BigDecimal price;

    private boolean active = true;

    @ManyToOne(optional = false)
    private Category category;

    @ManyToMany
    @JoinTable(name = "product_tag")
    private Set<Tag> tags = new HashSet<>();

    protected Product() {
    }

    public Product(String sku, String name, BigDecimal price, Category category) {
        this.sku = sku;
        this.name = name;
        this.price = price;
        this.category = category;
    }

    public String getSku() {
        return sku;
    }

    public Set<Tag> getTags() {
        return tags;
    }
}
