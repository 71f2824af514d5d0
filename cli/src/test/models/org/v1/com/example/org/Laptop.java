package com.example.org;

import jakarta.persistence.Entity;

@Entity
public class Laptop extends Asset {
    String model;

    int ramGb;
}
