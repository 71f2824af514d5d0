package com.example.org;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

@Entity
@DiscriminatorValue("MEAL")
public class MealExpense extends Expense {
    int guests;
}
