package com.example.org;

import jakarta.persistence.Entity;

@Entity
public class Desk extends Asset {
    int width;
}
