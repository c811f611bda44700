package dev.launchdesk.reference;

/** Regions a GTM team groups its markets by. */
public enum Region {
    SEA("South-East Asia"),
    EA("East Asia"),
    SA("South Asia"),
    EU("Europe"),
    MENA("Middle East & North Africa"),
    NA("North America"),
    LATAM("Latin America"),
    ANZ("Australia & New Zealand");

    private final String label;

    Region(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
