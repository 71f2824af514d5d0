package com.example.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.Length;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

@Entity
@Table(indexes = @Index(name = "idx_review_book_rating", columnList = "book_id, rating"))
public class Review {
    @Id
    @GeneratedValue
    Long id;

    @ManyToOne(optional = false)
    @OnDelete(action = OnDeleteAction.CASCADE)
    Book book;

    @Column(nullable = false)
    @ColumnDefault("3")
    int rating;

    @Column(length = Length.LONG32)
    String text;
}
