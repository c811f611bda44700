package dev.launchdesk.training.assignment;

import java.util.List;

/** A vendor lead named agents of another vendor: answered 403 with the agents named, nothing written. */
public class OutsideVendorScope extends RuntimeException {

    private final List<String> agents;

    public OutsideVendorScope(List<String> agents) {
        this("agents " + agents + " do not work for your vendor; vendor leads assign training to their own vendor's agents only", agents);
    }

    private OutsideVendorScope(String message, List<String> agents) {
        super(message);
        this.agents = List.copyOf(agents);
    }

    /** A vendor lead asked for another vendor's training data. */
    public static OutsideVendorScope vendor(String vendorCode) {
        return new OutsideVendorScope("vendor " + vendorCode + " is not yours; vendor leads see their own vendor's training only", List.of());
    }

    public List<String> agents() {
        return agents;
    }
}
