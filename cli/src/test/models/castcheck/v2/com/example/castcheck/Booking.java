package com.example.castcheck;

import jakarta.persistence.CheckConstraint;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;

// v2: no booking may start after midnight today (the date cast is gone); any positive number of nights
@Entity
@Table(check = {
        @CheckConstraint(name = "booking_not_future", constraint = "starts <= current_date"),
        @CheckConstraint(name = "booking_whole_nights", constraint = "nights > 0")})
public class Booking {
    @Id
    Long id;

    LocalDateTime starts;

    BigDecimal nights;
}
