{{/* Shared names and labels. */}}

{{- define "learning-exporter.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "learning-exporter.fullname" -}}
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

{{- define "learning-exporter.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" }}
{{ include "learning-exporter.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{/*
Worker pods carry their own name: the API Deployment's selector and the Service select the API's
labels, and must never adopt or route to a worker.
*/}}
{{- define "learning-exporter.workerSelectorLabels" -}}
app.kubernetes.io/name: {{ include "learning-exporter.name" . | trunc 56 | trimSuffix "-" }}-worker
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/component: worker
{{- end }}

{{- define "learning-exporter.selectorLabels" -}}
app.kubernetes.io/name: {{ include "learning-exporter.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{- define "learning-exporter.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "learning-exporter.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{/* The scrape job every rule and panel selects: fixed, whatever nameOverride says. */}}
{{- define "learning-exporter.job" -}}learning-exporter{{- end }}

{{/* "true" when the store is PostgreSQL: a database URL (or an existing Secret holding one) that is not SQLite. */}}
{{- define "learning-exporter.sharedStore" -}}
{{- if .Values.secret.existingSecret }}true
{{- else if and .Values.secret.databaseUrl (not (hasPrefix "sqlite" .Values.secret.databaseUrl)) }}true
{{- end }}
{{- end }}

{{/* The AI helper link template: `aiHelper.urlTemplate`, or derived from `aiHelper.url` as the notices' links are. */}}
{{- define "learning-exporter.aiHelperUrlTemplate" -}}
{{- default (printf "%s/?context={context}" (trimSuffix "/" .Values.aiHelper.url)) .Values.aiHelper.urlTemplate }}
{{- end }}

{{- define "learning-exporter.secretName" -}}
{{- default (include "learning-exporter.fullname" .) .Values.secret.existingSecret }}
{{- end }}

{{- define "learning-exporter.image" -}}
{{- printf "%s:%s" .Values.image.repository (default .Chart.AppVersion .Values.image.tag) }}
{{- end }}

{{/* The rules and dashboards carry placeholder link bases; this puts the installation's in. */}}
{{- define "learning-exporter.withLinks" -}}
{{- .text | replace "http://ai-helper.example" (trimSuffix "/" .root.Values.aiHelper.url) | replace "http://grafana.example" (trimSuffix "/" .root.Values.grafana.url) }}
{{- end }}

{{/* Environment shared by the Deployment and the learning CronJob. */}}
{{- define "learning-exporter.env" -}}
- name: LEARNING_EXPORTER_HOST
  value: "0.0.0.0"
- name: LEARNING_EXPORTER_PORT
  value: {{ .Values.service.port | quote }}
{{- if or .Values.secret.existingSecret .Values.secret.databaseUrl }}
- name: LEARNING_EXPORTER_DATABASE_URL
  valueFrom:
    secretKeyRef:
      name: {{ include "learning-exporter.secretName" . }}
      key: {{ .Values.secret.databaseUrlKey }}
{{- else }}
- name: LEARNING_EXPORTER_DATABASE_URL
  value: sqlite:////var/lib/learning-exporter/learning.db
{{- end }}
{{- if .Values.worker.enabled }}
- name: LEARNING_EXPORTER_CELERY_BROKER_URL
  valueFrom:
    secretKeyRef:
      name: {{ include "learning-exporter.secretName" . }}
      key: {{ .Values.secret.celeryBrokerUrlKey }}
- name: LEARNING_EXPORTER_CELERY_QUEUE
  value: {{ .Values.worker.queue | quote }}
- name: LEARNING_EXPORTER_CELERY_TASK_TIME_LIMIT_SECONDS
  value: {{ .Values.worker.taskTimeLimitSeconds | quote }}
{{- end }}
- name: LEARNING_EXPORTER_TOKENS_FILE
  value: /etc/learning-exporter/secret/{{ .Values.secret.tokensKey }}
- name: LEARNING_EXPORTER_ARCHIVE_DIR
  value: /var/lib/learning-exporter/archive
{{- with .Values.archive.url }}
- name: LEARNING_EXPORTER_ARCHIVE_URL
  value: {{ . | quote }}
{{- end }}
{{- with .Values.archive.s3EndpointUrl }}
- name: LEARNING_EXPORTER_ARCHIVE_S3_ENDPOINT_URL
  value: {{ . | quote }}
{{- end }}
{{- with .Values.archive.s3Region }}
- name: AWS_REGION
  value: {{ . | quote }}
{{- end }}
{{- with .Values.archive.credentialsSecret }}
- name: AWS_ACCESS_KEY_ID
  valueFrom:
    secretKeyRef:
      name: {{ . }}
      key: AWS_ACCESS_KEY_ID
- name: AWS_SECRET_ACCESS_KEY
  valueFrom:
    secretKeyRef:
      name: {{ . }}
      key: AWS_SECRET_ACCESS_KEY
{{- end }}
- name: LEARNING_EXPORTER_TIMEZONE
  value: {{ .Values.config.timezone | quote }}
- name: LEARNING_EXPORTER_CACHE_TTL_SECONDS
  value: {{ .Values.config.cacheTtlSeconds | quote }}
- name: LEARNING_EXPORTER_LEARN_INTERVAL_SECONDS
  value: {{ .Values.config.learnIntervalSeconds | quote }}
- name: LEARNING_EXPORTER_AI_HELPER_URL_TEMPLATE
  value: {{ include "learning-exporter.aiHelperUrlTemplate" . | quote }}
{{- with .Values.config.redactionClasses }}
- name: LEARNING_EXPORTER_REDACTION_CLASSES
  value: {{ . | quote }}
{{- end }}
{{- if .Values.grafana.annotations }}
- name: LEARNING_EXPORTER_GRAFANA_URL
  value: {{ .Values.grafana.url | quote }}
- name: LEARNING_EXPORTER_GRAFANA_TOKEN
  valueFrom:
    secretKeyRef:
      name: {{ include "learning-exporter.secretName" . }}
      key: {{ .Values.secret.grafanaTokenKey }}
{{- end }}
{{- if .Values.tls.enabled }}
- name: LEARNING_EXPORTER_TLS_CERT
  value: /etc/learning-exporter/tls/tls.crt
- name: LEARNING_EXPORTER_TLS_KEY
  value: /etc/learning-exporter/tls/tls.key
{{- end }}
# Libraries write caches under $HOME; the root filesystem is read-only.
- name: HOME
  value: /tmp
{{- with .Values.config.extraEnv }}
{{ toYaml . }}
{{- end }}
{{- end }}

{{- define "learning-exporter.volumes" -}}
- name: data
{{- if .Values.persistence.enabled }}
  persistentVolumeClaim:
    claimName: {{ default (include "learning-exporter.fullname" .) .Values.persistence.existingClaim }}
{{- else }}
  emptyDir: {}
{{- end }}
- name: tmp
  emptyDir: {}
- name: secret
  secret:
    secretName: {{ include "learning-exporter.secretName" . }}
    items:
      - key: {{ .Values.secret.tokensKey }}
        path: {{ .Values.secret.tokensKey }}
{{- if .Values.tls.enabled }}
- name: tls
  secret:
    secretName: {{ .Values.tls.secretName }}
{{- end }}
{{- end }}

{{- define "learning-exporter.volumeMounts" -}}
- name: data
  mountPath: /var/lib/learning-exporter
- name: tmp
  mountPath: /tmp
- name: secret
  mountPath: /etc/learning-exporter/secret
  readOnly: true
{{- if .Values.tls.enabled }}
- name: tls
  mountPath: /etc/learning-exporter/tls
  readOnly: true
{{- end }}
{{- end }}
