import { Module } from '@nestjs/common';
import { HistoryModule } from '../history/history.module';
import { PlansModule } from '../plans/plans.module';
import { AdoptionReportService } from './adoption-report.service';
import { ConsultationDocuments } from './consultation-documents';
import { ConsultationMutationsResolver } from './consultation-mutations.resolver';
import { ConsultationResolver } from './consultation.resolver';
import { ConsultationService } from './consultation.service';
import { DepartmentsService } from './departments.service';

@Module({
  imports: [PlansModule, HistoryModule],
  providers: [ConsultationService, DepartmentsService, ConsultationDocuments, AdoptionReportService, ConsultationResolver, ConsultationMutationsResolver],
  exports: [ConsultationService, DepartmentsService],
})
export class ConsultationModule {}
