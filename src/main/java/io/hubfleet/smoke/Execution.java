package io.hubfleet.smoke;

import java.util.List;

/**
 * How a cell ended, from its {@code execute_reply}: status {@code ok}, or {@code error} (or {@code aborted})
 * with the exception's name, value and traceback; and what it printed on the way.
 */
record Execution(String status, String ename, String evalue, List<String> traceback, String output) {

    boolean ok() {
        return "ok".equals(status);
    }

    /** {@code ename: evalue}, as Python prints an exception's last line. */
    String error() {
        if (ename == null || ename.isEmpty()) {
            return "the cell ended with status " + status;
        }
        return evalue == null || evalue.isEmpty() ? ename : ename + ": " + evalue;
    }
}
