package com.example.library;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.Set;

@Entity
public class Member {
    @Id
    @GeneratedValue
    Long id;

    @Column(nullable = false, length = 100)
    String name;

    @Embedded
    Address address;

    @ElementCollection
    @CollectionTable(name = "member_phone")
    @Column(name = "phone", length = 30)
    Set<String> phones;

    Instant joinedAt;

    /**
     * The last column of the table (Hibernate orders columns by size, then name): v2 drops it, and
     * a downgrade can only put a column back at the end.
     */
    @Column(length = 1000)
    String zzNickname;
}
