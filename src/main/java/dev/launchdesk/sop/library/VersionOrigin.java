package dev.launchdesk.sop.library;

/** How a version came to be: written by a person, derived from a master, or a master change merged in. */
public enum VersionOrigin {
    AUTHORED, DERIVED, PROPAGATED
}
