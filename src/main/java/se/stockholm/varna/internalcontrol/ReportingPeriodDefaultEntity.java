package se.stockholm.varna.internalcontrol;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A row of reporting_period_default: what a year gets unless configured otherwise. */
@MappedEntity("reporting_period_default")
record ReportingPeriodDefaultEntity(
        @Id String code, String nameSv, String nameEn, int startMonth, int endMonth, int sortNo) {}
