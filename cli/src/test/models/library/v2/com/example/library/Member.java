package com.example.library;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.util.Set;

// v2: no nickname; name and join date unique together; name may be unknown
@Entity
@Table(uniqueConstraints = @UniqueConstraint(name = "uk_member_name_joined", columnNames = {"name", "joinedAt"}))
public class Member {
    @Id
    @GeneratedValue
    Long id;

    @Column(length = 100)
    String name;

    @Embedded
    Address address;

    @ElementCollection
    @CollectionTable(name = "member_phone")
    @Column(name = "phone", length = 30)
    Set<String> phones;

    Instant joinedAt;
}
