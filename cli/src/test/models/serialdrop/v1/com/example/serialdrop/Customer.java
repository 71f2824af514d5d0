package com.example.serialdrop;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The only entity: a hand-made table with a bigserial key beside it is dropped. */
@Entity
public class Customer {
    @Id
    Long id;

    String name;
}
