package com.example.shop.domain;

/** Where a customer account stands. */
public enum CustomerStatus {
    ACTIVE,
    SUSPENDED,
    CLOSED
}
