package com.example.org;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

@Entity
@DiscriminatorValue("TRAVEL")
public class TravelExpense extends Expense {
    String destination;
}
