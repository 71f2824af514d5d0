package com.example.shop.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** An order a customer placed. */
@Entity
@Table(indexes = @Index(name = "idx_order_customer_placed", columnList = "customer_id, placedAt desc"))
public class PurchaseOrder {
    @Id
    @GeneratedValue
    private Long id;

    @ManyToOne(optional = false)
    private Customer customer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OrderStatus status = OrderStatus.NEW;

    @Column(nullable = false)
    private Instant placedAt = Instant.now();

    @Embedded
    @AttributeOverride(name = "street", column = @Column(name = "ship_street", length = 200))
    @AttributeOverride(name = "city", column = @Column(name = "ship_city", length = 100))
    @AttributeOverride(name = "postalCode", column = @Column(name = "ship_postal_code", length = 20))
    @AttributeOverride(name = "country", column = @Column(name = "ship_country", length = 2))
    private Address shippingAddress;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal total = BigDecimal.ZERO;

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<OrderLine> lines = new ArrayList<>();

    protected PurchaseOrder() {
    }

    public PurchaseOrder(Customer customer, Address shippingAddress) {
        this.customer = customer;
        this.shippingAddress = shippingAddress;
    }

    public List<OrderLine> getLines() {
        return lines;
    }
}
