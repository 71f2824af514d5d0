package com.example.library;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class Address {
    @Column(length = 200)
    String street;

    @Column(length = 100)
    String city;

    @Column(length = 20)
    String postalCode;
}
