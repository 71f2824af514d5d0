package com.example.shop.domain;

/** The life of an order, from the basket to the doorstep. */
public enum OrderStatus {
    NEW,
    PAID,
    SHIPPED,
    DELIVERED,
    CANCELLED
}
