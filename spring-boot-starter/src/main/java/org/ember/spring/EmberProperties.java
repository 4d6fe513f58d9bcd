package org.ember.spring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code ember.*} settings of the auto-configured interpreter, one for each knob of
 * {@link org.ember.api.Interpreter.Builder}:
 * <pre>
 * ember.argv=job.py,--fast          # sys.argv
 * ember.path=/opt/app/python        # extra sys.path entries, in order
 * ember.recursion-limit=2000        # sys.getrecursionlimit()
 * ember.options.jit=off             # like -X jit=off; an empty value is a bare flag
 * </pre>
 */
@ConfigurationProperties("ember")
public final class EmberProperties {
    private List<String> argv = new ArrayList<>();
    private List<String> path = new ArrayList<>();
    private int recursionLimit = 1000;
    private Map<String, String> options = new LinkedHashMap<>();

    /** {@code sys.argv}; empty means {@code ['']}. */
    public List<String> getArgv() {
        return argv;
    }

    public void setArgv(List<String> argv) {
        this.argv = argv;
    }

    /** Directories searched for modules, before the defaults. */
    public List<String> getPath() {
        return path;
    }

    public void setPath(List<String> path) {
        this.path = path;
    }

    /** The maximum depth of Python calls before {@code RecursionError}. */
    public int getRecursionLimit() {
        return recursionLimit;
    }

    public void setRecursionLimit(int recursionLimit) {
        this.recursionLimit = recursionLimit;
    }

    /** Runtime knobs by name, as {@code -X name=value} sets them on the launcher. */
    public Map<String, String> getOptions() {
        return options;
    }

    public void setOptions(Map<String, String> options) {
        this.options = options;
    }
}
