package dev.lakeside.demo;

import dev.lakeside.warehouse.Dialect;
import dev.lakeside.warehouse.TableName;
import dev.lakeside.warehouse.Warehouse;

import java.util.List;

/** One demo dataset: the tables it owns and the set-based SQL that fills them. */
interface DemoDataset {

    /** The key in {@code lakeside_meta.demo_datasets}, also used in logs. */
    String name();

    /** The tables this dataset creates, in creation order. */
    List<TableName> tables();

    /** How many rows the configuration asks for. */
    long rows(DemoDataProperties sizes);

    /** Creates the tables (they do not exist yet) inside the caller's transaction. */
    void create(Warehouse.Transaction tx, Dialect dialect, long rows, long seed);

}
