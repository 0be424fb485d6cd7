package se.stockholm.varna.internalcontrol;

import io.micronaut.serde.annotation.Serdeable;

/** How often a kontrollmoment is performed: data in control_frequency. */
@Serdeable
public record ControlFrequency(String code, String nameSv, String nameEn) {

    public String name(String language) {
        return "en".equals(language) ? nameEn : nameSv;
    }
}
