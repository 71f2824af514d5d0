package com.example.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

// v2: the title index gives way to one on the publication date; a subtitle, a publisher; price required;
// a new genre
@Entity
@Table(indexes = @Index(name = "idx_book_published", columnList = "published desc, title"),
        uniqueConstraints = @UniqueConstraint(name = "uk_book_isbn", columnNames = "isbn"))
public class Book {
    @Id
    @GeneratedValue
    Long id;

    @Column(nullable = false, length = 300)
    String title;

    @Column(length = 300)
    String subtitle;

    @Column(length = 13)
    String isbn;

    @Column(nullable = false, precision = 10, scale = 2)
    BigDecimal price;

    LocalDate published;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    Genre genre;

    @ManyToOne(optional = false)
    Author author;

    @ManyToOne
    Publisher publisher;

    @ManyToMany
    @JoinTable(name = "book_tag")
    Set<Tag> tags;
}
