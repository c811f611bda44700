package dev.launchdesk.insight.dashboard;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handler that reads the shared KPI query ({@link KpiParameters}, and with {@link #comparison()} also
 * {@link CompareParameters}) from its request parameters (the filters market, vendor, site, channel, category, launch and sop always), so that {@link KpiQueryDocumentation} declares each of them
 * in the OpenAPI document.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface KpiQueryParameters {

    /** from and to. */
    boolean range() default true;

    /** granularity, groupBy and kpi. */
    boolean grouping() default true;

    /** around, launchKey, sopVersion and days of a before/after comparison. */
    boolean comparison() default false;

    /** kpi (one), baselineFrom, baselineTo, dimensions and overallChange of a root-cause analysis between two periods. */
    boolean rootCause() default false;
}
