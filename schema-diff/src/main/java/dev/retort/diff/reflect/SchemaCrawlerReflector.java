package dev.retort.diff.reflect;

import dev.retort.ErrorKind;
import dev.retort.RetortException;
import dev.retort.diff.TableFilter;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Identity;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.SchemaModel;
import dev.retort.schema.SequenceOwner;
import dev.retort.schema.TableName;
import dev.retort.schema.UniqueConstraint;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import schemacrawler.inclusionrule.ExcludeAll;
import schemacrawler.inclusionrule.InclusionRule;
import schemacrawler.schema.Catalog;
import schemacrawler.schema.Column;
import schemacrawler.schema.ColumnReference;
import schemacrawler.schema.ForeignKey;
import schemacrawler.schema.ForeignKeyUpdateRule;
import schemacrawler.schema.Index;
import schemacrawler.schema.IndexColumn;
import schemacrawler.schema.IndexColumnSortSequence;
import schemacrawler.schema.PrimaryKey;
import schemacrawler.schema.Sequence;
import schemacrawler.schema.Table;
import schemacrawler.schema.TableConstraint;
import schemacrawler.schema.TableConstraintColumn;
import schemacrawler.schema.TableConstraintType;
import schemacrawler.schemacrawler.InfoLevel;
import schemacrawler.schemacrawler.InformationSchemaKey;
import schemacrawler.schemacrawler.InformationSchemaViewsBuilder;
import schemacrawler.schemacrawler.LimitOptionsBuilder;
import schemacrawler.schemacrawler.LoadOptionsBuilder;
import schemacrawler.schemacrawler.MetadataRetrievalStrategy;
import schemacrawler.schemacrawler.SchemaCrawlerOptions;
import schemacrawler.schemacrawler.SchemaCrawlerOptionsBuilder;
import schemacrawler.schemacrawler.SchemaInfoLevelBuilder;
import schemacrawler.schemacrawler.SchemaInfoMetadataRetrievalStrategy;
import schemacrawler.schemacrawler.SchemaRetrievalOptions;
import schemacrawler.schemacrawler.SchemaRetrievalOptionsBuilder;
import schemacrawler.tools.options.ConfigUtility;
import schemacrawler.tools.utility.SchemaCrawlerUtility;
import us.fatehi.utility.datasource.DatabaseConnectionSource;
import us.fatehi.utility.datasource.DatabaseConnectionSources;

/**
 * Reads the schema through SchemaCrawler 17.9.0, fed with pg_catalog SQL ({@link CrawlerQueries})
 * and the catalogue-wide {@code data_dictionary_all} retrieval, so that each kind of object is one
 * query whatever the number of tables. The reference implementation, and the path for databases
 * without a reflector of their own. Slower than {@link PostgresCatalogReflector}; gives the same model.
 * <p>
 * Facts SchemaCrawler has no place for travel as attributes: the exact column type and identity kind,
 * the check definition (SchemaCrawler drops check clauses whose name repeats in a schema), the
 * sequence type and cache, a serial column's mark, a sequence's owning column. Indexes that back a
 * constraint and the sequences of identity columns are left out by the SQL; views are read as names. Like the other reflector it reads in one snapshot ({@link CatalogSnapshot}).
 * SchemaCrawler strips leading and trailing blanks from every name and comment it reads.
 */
public final class SchemaCrawlerReflector implements SchemaReflector {
    /** Strong references, so the levels set on these JUL loggers are not lost to garbage collection. */
    private static final List<Logger> QUIETED = List.of(Logger.getLogger("schemacrawler"),
            Logger.getLogger("us.fatehi"));

    static {
        QUIETED.forEach(logger -> logger.setLevel(Level.WARNING));
    }

    @Override
    public SchemaModel reflect(Connection connection, ReflectRequest request) {
        ReflectedSchemas schemas = ReflectedSchemas.of(request);
        Catalog catalog;
        try (CatalogSnapshot snapshot = CatalogSnapshot.open(connection)) {
            // closing the source would close the caller's connection, so it is left open
            DatabaseConnectionSource source = DatabaseConnectionSources.fromConnection(connection);
            catalog = SchemaCrawlerUtility.getCatalog(source, retrievalOptions(connection, schemas),
                    crawlOptions(schemas), ConfigUtility.newConfig());
            snapshot.finish();
        } catch (SQLException | RuntimeException e) {
            throw new RetortException(ErrorKind.DATABASE, "SchemaCrawler could not read schema(s) "
                    + String.join(", ", schemas.names()) + " (" + String.valueOf(e.getMessage()).strip()
                    + "); check the connection and that the user may read the catalogue", e);
        }
        return toModel(catalog, schemas, request.filter());
    }

    private static SchemaRetrievalOptions retrievalOptions(Connection connection, ReflectedSchemas schemas)
            throws SQLException {
        InformationSchemaViewsBuilder views = InformationSchemaViewsBuilder.builder();
        for (Map.Entry<InformationSchemaKey, String> query
                : CrawlerQueries.forSchemas(schemas.sqlLiteralList()).entrySet()) {
            views.withSql(query.getKey(), query.getValue());
        }
        MetadataRetrievalStrategy all = MetadataRetrievalStrategy.data_dictionary_all;
        return SchemaRetrievalOptionsBuilder.builder()
                .fromConnnection(connection)
                .withInformationSchemaViews(views.toOptions())
                .with(SchemaInfoMetadataRetrievalStrategy.tableColumnsRetrievalStrategy, all)
                .with(SchemaInfoMetadataRetrievalStrategy.primaryKeysRetrievalStrategy, all)
                .with(SchemaInfoMetadataRetrievalStrategy.foreignKeysRetrievalStrategy, all)
                .with(SchemaInfoMetadataRetrievalStrategy.indexesRetrievalStrategy, all)
                .toOptions();
    }

    private static SchemaCrawlerOptions crawlOptions(ReflectedSchemas schemas) {
        InclusionRule schemaRule = fullName -> schemas.contains(unquote(fullName));
        LimitOptionsBuilder limits = LimitOptionsBuilder.builder()
                .includeSchemas(schemaRule)
                .tableTypes("TABLE", "PARTITIONED TABLE", "VIEW", "MATERIALIZED VIEW")
                .includeAllSequences()
                .includeRoutines(new ExcludeAll());
        var level = SchemaInfoLevelBuilder.builder().withInfoLevel(InfoLevel.detailed)
                .setRetrieveTriggerInformation(false)
                .setRetrieveViewViewTableUsage(false)
                .setRetrieveViewInformation(false)
                .setRetrieveRoutineInformation(false)
                .setRetrieveRoutineParameters(false)
                .setRetrieveColumnDataTypes(false)
                .setRetrieveUserDefinedColumnDataTypes(false)
                .setRetrieveSequenceInformation(true)
                .setRetrieveIndexInformation(true)
                .setRetrieveTableConstraintInformation(true)
                .setRetrieveTableConstraintDefinitions(true)
                .toOptions();
        return SchemaCrawlerOptionsBuilder.newSchemaCrawlerOptions()
                .withLimitOptions(limits.toOptions())
                .withLoadOptions(LoadOptionsBuilder.builder().withSchemaInfoLevel(level).withMaxThreads(1).toOptions());
    }

    /** A schema's full name as SchemaCrawler writes it, quoted when the name needs quotes, back to the plain name. */
    private static String unquote(String fullName) {
        if (fullName.length() >= 2 && fullName.startsWith("\"") && fullName.endsWith("\"")) {
            return fullName.substring(1, fullName.length() - 1).replace("\"\"", "\"");
        }
        return fullName;
    }

    private static SchemaModel toModel(Catalog catalog, ReflectedSchemas schemas, TableFilter filter) {
        List<TableDraft> drafts = new ArrayList<>();
        List<TableName> views = new ArrayList<>();
        for (Table table : catalog.getTables()) {
            if (!filter.manages(table.getName())) {
                continue;
            }
            if (table.getTableType().isView()) {
                views.add(new TableName(schemas.modelSchema(table.getSchema().getName()), table.getName()));
            } else {
                drafts.add(draft(table, schemas));
            }
        }
        List<dev.retort.schema.Sequence> sequences = new ArrayList<>();
        for (Sequence sequence : catalog.getSequences()) {
            if (filter.manages(sequence.getName())) {
                sequences.add(sequence(sequence, schemas));
            }
        }
        return ReflectedModels.of(drafts, sequences, views);
    }

    private static TableDraft draft(Table table, ReflectedSchemas schemas) {
        TableDraft draft = new TableDraft(schemas.modelSchema(table.getSchema().getName()), table.getName(),
                blankToNull(table.getRemarks()));
        List<Column> columns = new ArrayList<>(table.getColumns());
        columns.sort(Comparator.comparingInt(Column::getOrdinalPosition));
        for (Column column : columns) {
            String type = column.getAttribute(CrawlerQueries.FORMATTED_TYPE);
            String defaultValue = column.getDefaultValue();
            if ("YES".equals(column.getAttribute(CrawlerQueries.SERIAL_COLUMN))) {
                type = SerialColumns.type(type);
                defaultValue = null;
            }
            draft.columns.add(new dev.retort.schema.Column(column.getName(), type, column.isNullable(),
                    defaultValue, identity(column.getAttribute(CrawlerQueries.IDENTITY_GENERATION)),
                    blankToNull(column.getRemarks())));
        }
        PrimaryKey primaryKey = table.getPrimaryKey();
        if (primaryKey != null) {
            draft.primaryKey = new dev.retort.schema.PrimaryKey(primaryKey.getName(), columnNames(primaryKey));
        }
        for (TableConstraint constraint : table.getTableConstraints()) {
            if (constraint.getType() == TableConstraintType.unique) {
                draft.uniques.add(new UniqueConstraint(constraint.getName(), columnNames(constraint)));
            } else if (constraint.getType() == TableConstraintType.check) {
                String definition = constraint.getAttribute(CrawlerQueries.CONSTRAINT_DEFINITION);
                draft.checks.add(new CheckConstraint(constraint.getName(), CheckClauses.expression(definition)));
            }
        }
        for (ForeignKey foreignKey : table.getImportedForeignKeys()) {
            draft.foreignKeys.add(foreignKey(foreignKey, schemas));
        }
        for (Index index : table.getIndexes()) {
            draft.indexes.add(index(index));
        }
        return draft;
    }

    private static List<String> columnNames(TableConstraint constraint) {
        List<TableConstraintColumn> columns = new ArrayList<>(constraint.getConstrainedColumns());
        columns.sort(Comparator.comparingInt(TableConstraintColumn::getTableConstraintOrdinalPosition));
        List<String> names = new ArrayList<>(columns.size());
        columns.forEach(c -> names.add(c.getName()));
        return names;
    }

    private static dev.retort.schema.ForeignKey foreignKey(ForeignKey foreignKey, ReflectedSchemas schemas) {
        List<ColumnReference> references = new ArrayList<>(foreignKey.getColumnReferences());
        references.sort(Comparator.comparingInt(ColumnReference::getKeySequence));
        List<String> columns = new ArrayList<>();
        List<String> referenced = new ArrayList<>();
        for (ColumnReference reference : references) {
            columns.add(reference.getForeignKeyColumn().getName());
            referenced.add(reference.getPrimaryKeyColumn().getName());
        }
        Table target = foreignKey.getPrimaryKeyTable();
        return new dev.retort.schema.ForeignKey(foreignKey.getName(), columns,
                schemas.modelSchema(target.getSchema().getName()), target.getName(), referenced,
                action(foreignKey.getDeleteRule()), action(foreignKey.getUpdateRule()));
    }

    private static dev.retort.schema.Index index(Index index) {
        List<IndexColumn> keys = new ArrayList<>(index.getColumns());
        keys.sort(Comparator.comparingInt(IndexColumn::getIndexOrdinalPosition));
        List<dev.retort.schema.IndexColumn> columns = new ArrayList<>(keys.size());
        for (IndexColumn key : keys) {
            columns.add(new dev.retort.schema.IndexColumn(key.getName(),
                    key.getSortSequence() == IndexColumnSortSequence.descending));
        }
        String filter = index.hasFilterCondition() ? index.getFilterCondition() : null;
        return new dev.retort.schema.Index(index.getName(), columns, index.isUnique(), filter);
    }

    private static dev.retort.schema.Sequence sequence(Sequence sequence, ReflectedSchemas schemas) {
        Number cache = sequence.getAttribute(CrawlerQueries.CACHE_SIZE);
        dev.retort.schema.Sequence model = SequenceDefinitions.sequence(
                schemas.modelSchema(sequence.getSchema().getName()), sequence.getName(),
                sequence.getAttribute(CrawlerQueries.SEQUENCE_TYPE), longValue(sequence.getStartValue()),
                sequence.getIncrement(), longValue(sequence.getMinimumValue()),
                longValue(sequence.getMaximumValue()), cache.longValue(), sequence.isCycle());
        String ownerTable = sequence.getAttribute(CrawlerQueries.OWNER_TABLE);
        return ownerTable == null ? model
                : model.ownedBy(new SequenceOwner(ownerTable, sequence.getAttribute(CrawlerQueries.OWNER_COLUMN)));
    }

    private static long longValue(BigInteger value) {
        return value.longValueExact();
    }

    private static Identity identity(String attidentity) {
        if (attidentity == null || attidentity.isEmpty()) {
            return null;
        }
        return attidentity.charAt(0) == 'a' ? Identity.ALWAYS : Identity.BY_DEFAULT;
    }

    private static ReferentialAction action(ForeignKeyUpdateRule rule) {
        switch (rule) {
            case restrict:
                return ReferentialAction.RESTRICT;
            case cascade:
                return ReferentialAction.CASCADE;
            case setNull:
                return ReferentialAction.SET_NULL;
            case setDefault:
                return ReferentialAction.SET_DEFAULT;
            default:
                return ReferentialAction.NO_ACTION;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
