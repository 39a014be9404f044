package org.tariffgraph.model;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A result as column names and rows of plain Java values.
 *
 * @param columns the column names, in order
 * @param rows the rows, each one value per column in the order of {@code columns}
 */
public record Table(List<String> columns, List<List<Object>> rows) {

    /**
     * Records of one type as a table: their components are the columns, in declaration order.
     *
     * @param <T> the record type
     * @param records the records, one row each, in list order
     * @param type the records' class, whose components name the columns
     * @return the table; with no records, the columns and no rows
     */
    public static <T extends Record> Table of(List<T> records, Class<T> type) {
        RecordComponent[] components = type.getRecordComponents();
        var columns = Arrays.stream(components).map(RecordComponent::getName).toList();
        var rows = new ArrayList<List<Object>>();
        for (T r : records) {
            var cells = new ArrayList<Object>();
            for (RecordComponent c : components) {
                try {
                    var accessor = c.getAccessor();
                    accessor.trySetAccessible(); // records declared in other packages, e.g. a caller's own
                    cells.add(accessor.invoke(r));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            rows.add(cells);
        }
        return new Table(columns, rows);
    }
}
