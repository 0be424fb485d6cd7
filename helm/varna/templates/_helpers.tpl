{{/*
Chart name, truncated to the 63 characters Kubernetes allows in names.
*/}}
{{- define "varna.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Fully qualified app name: fullnameOverride, else the release name, plus the chart name unless the
release name contains it.
*/}}
{{- define "varna.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{/*
Chart name and version, for the helm.sh/chart label.
*/}}
{{- define "varna.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Labels for every object of the release.
*/}}
{{- define "varna.labels" -}}
helm.sh/chart: {{ include "varna.chart" . }}
{{ include "varna.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/component: web
app.kubernetes.io/part-of: varna
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{/*
Labels that select the pods; never change them after the first release.
*/}}
{{- define "varna.selectorLabels" -}}
app.kubernetes.io/name: {{ include "varna.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{/*
The ServiceAccount the pods run as.
*/}}
{{- define "varna.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "varna.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{/*
Container image reference: repository@digest when a digest is set, else repository:tag with the tag
defaulting to the chart's appVersion.
*/}}
{{- define "varna.image" -}}
{{- if .Values.image.digest }}
{{- printf "%s@%s" .Values.image.repository .Values.image.digest }}
{{- else }}
{{- printf "%s:%s" .Values.image.repository (default .Chart.AppVersion .Values.image.tag) }}
{{- end }}
{{- end }}

{{/*
Plain environment of the container (the ConfigMap). Secrets are never part of it.
*/}}
{{- define "varna.config" -}}
{{- $config := dict
  "JDBC_URL" .Values.database.url
  "JDBC_USER" .Values.database.user
  "JDBC_POOL_SIZE" (toString .Values.database.poolSize)
  "KEYCLOAK_URL" .Values.keycloak.url
  "KEYCLOAK_REALM" .Values.keycloak.realm
  "KEYCLOAK_CLIENT_ID" .Values.keycloak.clientId
  "VARNA_PUBLIC_URL" .Values.publicUrl
  "VARNA_SECURE_COOKIE" "true"
}}
{{- range $name, $value := .Values.env }}
{{- $_ := set $config $name (toString $value) }}
{{- end }}
{{- toYaml $config }}
{{- end }}
