package com.example.org;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

/** v2: a third kind of expense, which changes the discriminator's check constraint. */
@Entity
@DiscriminatorValue("HOTEL")
public class HotelExpense extends Expense {
    Integer nights;
}
