/**
 * Shared kernel: small value types every module may use (roles, the acting user, vendor scope,
 * the change event the audit trail records, and the domain exceptions that become problem details).
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dev.launchdesk.shared;
