package com.example.clinic.storage;

import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

public class StorageConfig {
    // ruleid: generic-secret
    private static final String DB_PASSWORD = "wTx@svdE+hxO8spWcAo";

    // ruleid: generic-secret
    private String webhookSecret = "Gu64X7QTyP3kOHsZ2cV_xyIFyGE8";

    // ok: generic-secret
    private static final String DB_PASSWORD_ENV = "CLINIC_DB_PASSWORD";

    // ok: generic-secret
    private static final String TRUSTSTORE_PASSWORD_FILE = "/etc/clinic/truststore.pass";

    // ok: generic-secret
    private static final String TOKEN_HEADER = "X-Clinic-Auth-Token";

    // ok: generic-secret
    private String apiSecret = System.getenv("STORAGE_API_SECRET");

    // ok: generic-secret
    private static final String PASSWORD_REGEX = "^(?=.*[A-Z])(?=.*\\d)(?=.*[@#]).{12,64}$";

    // ok: generic-secret
    private static final String AUTH_TOKEN_HASH = "5e3d1f92f0049f6efb5ea7841cba6dcd";

    DataSource dataSource() {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUser("clinic");
        // ruleid: generic-secret
        ds.setPassword("fOHm@UBP=M@2S5xE*6qN");
        // ok: generic-secret
        ds.setPassword(System.getenv("DB_PASSWORD"));
        return ds;
    }
}
