package com.example.viewentity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** Read-only entity over a database view the team maintains by hand. */
@Entity
@Immutable
@Table(name = "customer_summary")
public class CustomerSummary {
    @Id
    Long id;

    String name;
}
